import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { endSession, getSession } from './session';

export type Schemas = components['schemas'];

/** The API's error body (src/kernel/http-exception.filter.ts). */
export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const session = getSession();
    if (session) request.headers.set('Authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && getSession()) endSession('expired');
    return response;
  },
};

/** The typed client of the API, generated from its OpenAPI document (schema.d.ts). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(auth);

/** The data of an openapi-fetch answer, or an ApiFailure with the API's error code. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    const body = (error ?? {}) as Partial<ApiError>;
    throw new ApiFailure({
      statusCode: response.status,
      code: body.code ?? 'UNKNOWN',
      message: body.message ?? response.statusText,
      details: body.details,
    });
  }
  return data as T;
}
