import type { FastifyRequest } from 'fastify';

/**
 * What a route needs. Every route declares one in its definition (`config.permission`), and
 * one hook checks it, so accounts and roles slot in at a single place.
 */
export const PERMISSIONS = [
  'public',
  'workspace:read',
  'workspace:create',
  'persona:read',
  'persona:edit',
  'touchpoint:read',
  'touchpoint:edit',
  'map:read',
  'map:edit',
  'map:delete',
  'saved-query:edit',
  'template:read',
  'events:write',
  'events:read',
  'write-keys:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Principal {
  readonly id: string;
}

/** Decides whether a request may do what the route needs; returns who is acting, or null to refuse. */
export interface Authorizer {
  authorize(request: FastifyRequest, permission: Permission): Promise<Principal | null>;
}

/** Until accounts exist (a later issue), a local install trusts its user, like a desktop app. */
export const localAuthorizer: Authorizer = {
  async authorize() {
    return { id: 'local' };
  },
};

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
  interface FastifyRequest {
    principal: Principal;
  }
}
