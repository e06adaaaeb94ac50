// Errors the API answers with: {statusCode, error, message} and, where one field is at fault, its name.
const NAMES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 423: 'Locked', 429: 'Too Many Requests', 503: 'Service Unavailable',
};

/** The standard name of an HTTP status, for the `error` field. */
export function statusName(status: number): string {
  return NAMES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}

export class ApiError extends Error {
  /** `code`: a stable machine-readable reason a client acts on (e.g. `password_change_required`, `rate_limited`). */
  constructor(public statusCode: number, message: string, public field?: string, public details?: unknown, public code?: string) {
    super(message);
  }
  get error(): string {
    return statusName(this.statusCode);
  }
}

export const badRequest = (message: string, field?: string, details?: unknown, code?: string) => new ApiError(400, message, field, details, code);
export const unauthorized = (message = '请先登录') => new ApiError(401, message);
export const forbidden = (message = '没有权限执行此操作') => new ApiError(403, message);
export const notFound = (what: string, id: unknown) => new ApiError(404, `${what} ${id} 不存在`);
export const conflict = (message: string, field?: string) => new ApiError(409, message, field);
