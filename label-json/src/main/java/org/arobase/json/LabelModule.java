package org.arobase.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.arobase.core.Dossier;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.ImmutableDecision;
import org.arobase.core.matrix.ServiceMatrix;
import org.arobase.core.validation.Violation;

/**
 * The Jackson module of JSON format v1, for applications that use their own
 * {@code ObjectMapper}: it reads and writes {@link Dossier}, {@link Decision} and
 * {@link Violation}, and writes {@link ServiceMatrix}, exactly as {@link LabelJson} does.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new LabelModule());
 * Dossier dossier = mapper.readValue(text, Dossier.class);
 * }</pre>
 *
 * <p>Reading is as strict as {@link LabelJson}'s; a value with problems fails with a
 * {@link JsonMappingException} whose cause is a {@link LabelJsonException} listing every
 * problem. The document limits of an {@code ObjectMapper} are its factory's
 * {@code StreamReadConstraints}; this module applies {@link JsonLimits#maxInitiatives()}.
 */
public final class LabelModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module with the default limits. */
  public LabelModule() {
    this(JsonLimits.defaults());
  }

  /**
   * @param limits the limits applied while reading (the most initiatives per dossier)
   */
  public LabelModule(JsonLimits limits) {
    super("arobase-label-json", Version.unknownVersion());
    Objects.requireNonNull(limits, "limits");
    addSerializer(Dossier.class, serializer(Dossier.class, ModelWriter::dossier));
    addSerializer(Decision.class, serializer(Decision.class, ModelWriter::decision));
    addSerializer(Violation.class, serializer(Violation.class, ModelWriter::violation));
    addSerializer(ServiceMatrix.class, serializer(ServiceMatrix.class, ModelWriter::matrix));
    StdDeserializer<Dossier> dossier = deserializer(Dossier.class, limits, ModelReader::dossier);
    addDeserializer(Dossier.class, dossier);
    addDeserializer(ImmutableDossier.class, narrow(dossier, ImmutableDossier.class));
    StdDeserializer<Decision> decision = deserializer(Decision.class, limits, ModelReader::decision);
    addDeserializer(Decision.class, decision);
    addDeserializer(ImmutableDecision.class, narrow(decision, ImmutableDecision.class));
    addDeserializer(Violation.class, deserializer(Violation.class, limits, ModelReader::violation));
  }

  private interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> StdSerializer<T> serializer(Class<T> type, Write<T> write) {
    return new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        write.write(g, value);
      }
    };
  }

  private static <T> StdDeserializer<T> deserializer(Class<T> type, JsonLimits limits, Function<ModelReader, T> read) {
    return new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Cursor cursor = new Cursor(p, Cursor.messages(Locale.FRENCH));
        T value;
        try {
          value = read.apply(new ModelReader(cursor, limits));
        } catch (Cursor.Fatal e) {
          value = null;
        }
        List<Violation> problems = cursor.drain();
        if (value == null || !problems.isEmpty()) {
          LabelJsonException cause = new LabelJsonException(problems);
          throw new JsonMappingException(p, "not " + type.getSimpleName() + " JSON: " + cause.getMessage(), cause);
        }
        return value;
      }
    };
  }

  private static <T, S extends T> StdDeserializer<S> narrow(StdDeserializer<T> general, Class<S> type) {
    return new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public S deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return type.cast(general.deserialize(p, ctxt));
      }
    };
  }
}
