package org.sitrep.app.serve;

/** A request the API refuses: the HTTP status and a message saying what is allowed. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  /** 400: a parameter the API cannot use. */
  static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }

  /** 404: nothing under this path or id. */
  static HttpError notFound(String message) {
    return new HttpError(404, message);
  }

  int status() {
    return status;
  }
}
