/** The part of oidc-provider's API the e-ID test uses (the package ships no types). */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ProviderAccount {
    accountId: string;
    claims: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  export interface ProviderConfiguration {
    clients?: Record<string, unknown>[];
    claims?: Record<string, string[]>;
    findAccount?: (
      ctx: unknown,
      id: string,
    ) => ProviderAccount | undefined | Promise<ProviderAccount | undefined>;
    features?: Record<string, unknown>;
    pkce?: Record<string, unknown>;
    cookies?: { keys: string[] };
    ttl?: Record<string, number | ((...args: unknown[]) => number)>;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: ProviderConfiguration);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
