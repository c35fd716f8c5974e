package org.arobase.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the endpoints (a malformed request, headers
 * too large, a URI that cannot be decoded), in the JSON of {@link ApiError} rather than an HTML page,
 * and never with a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final HttpField JSON_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");

  JsonErrorHandler() {
    setShowStacks(false);
    setShowMessageInTitle(false);
    setShowCauses(false);
  }

  private static byte[] body(int status, String reason) {
    String message = HttpStatus.getMessage(status);
    String code = status == 503 ? ApiError.SHUTTING_DOWN : status >= 500 ? ApiError.INTERNAL_ERROR : ApiError.BAD_REQUEST;
    return ApiError.of(status, code, message == null ? "the request cannot be handled" : message)
        .json().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(JSON_TYPE);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }
}
