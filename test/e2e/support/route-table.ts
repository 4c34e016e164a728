import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';

export interface ServedRoute {
  method: string;
  path: string;
}

/** Every route the Fastify instance serves, from its printRoutes tree (HEAD, added for each GET, left out). */
export function servedRoutes(printout: string): ServedRoute[] {
  const routes: ServedRoute[] = [];
  const ancestors: string[] = [];
  for (const line of printout.split('\n')) {
    const match = /^(.*?)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    ancestors.length = depth;
    ancestors.push(match[2]);
    for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) routes.push({ method, path: ancestors.join('') });
  }
  return routes;
}

/** Each Nest handler's HTTP method and full path, with whatever metadata `read` takes from it and its controller. */
export function nestHandlers<T>(app: INestApplication, read: (handler: object, controller: object) => T): Map<string, T> {
  const handlers = new Map<string, T>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { prototype: Record<string, unknown> } | undefined;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = `/${[base, String(Reflect.getMetadata(PATH_METADATA, handler))]
          .map((p) => p.replace(/^\/|\/$/g, ''))
          .filter(Boolean)
          .join('/')}`;
        handlers.set(`${method} ${path}`, read(handler, controller));
      }
    }
  }
  return handlers;
}
