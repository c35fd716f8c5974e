package org.arobase.serve;

import java.util.List;
import org.arobase.core.validation.Violation;
import org.arobase.json.LabelJson;

/**
 * An error answer of the service, always JSON:
 * {@code {"error": {"status", "code", "message"}, "violations": [...]}}, the violations in the
 * shape of {@code arobase validate --format json} (empty when the error is not about the dossier).
 *
 * @param status the HTTP status
 * @param code a stable code: a violation code ({@code JSON_SYNTAX}…) or one of the service's
 * @param message a sentence for people, in English
 * @param violations the dossier's problems
 */
record ApiError(int status, String code, String message, List<Violation> violations) {

  private static final LabelJson COMPACT = LabelJson.standard().compact();

  static final String DOSSIER_INVALID = "DOSSIER_INVALID";
  static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
  static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
  static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
  static final String NOT_FOUND = "NOT_FOUND";
  static final String MILLESIME_UNKNOWN = "MILLESIME_UNKNOWN";
  static final String SHUTTING_DOWN = "SHUTTING_DOWN";
  static final String INTERNAL_ERROR = "INTERNAL_ERROR";
  static final String BAD_REQUEST = "BAD_REQUEST";

  ApiError {
    violations = List.copyOf(violations);
  }

  static ApiError of(int status, String code, String message) {
    return new ApiError(status, code, message, List.of());
  }

  /** @return the JSON of the answer */
  String json() {
    return "{\n  \"error\": {\"status\": " + status + ", \"code\": " + quote(code) + ", \"message\": " + quote(message)
        + "},\n  \"violations\": " + COMPACT.writeViolations(violations) + "\n}\n";
  }

  /** @return the text as a JSON string, quotes, backslashes and control characters escaped */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
