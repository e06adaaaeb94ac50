// The registry of resources: one service per entity definition.
import type { ResourceDefinition } from './definition.js';
import { ResourceService, type ResourceDeps } from './service.js';
import type { ResourceName, ResourceServices } from './records.js';

export class ResourceRegistry {
  private readonly services = new Map<string, ResourceService>();

  /** Each resource's service gets what it and its hooks use (ResourceDeps, HookServices), the same for all. */
  register(def: ResourceDefinition, deps: ResourceDeps): ResourceService {
    if (this.services.has(def.name)) throw new Error(`Resource ${def.name} is registered twice`);
    const service = new ResourceService(def, deps);
    this.services.set(def.name, service);
    return service;
  }

  /** A core resource's service answers with that resource's record type and takes its bodies (core/resources/records.ts). */
  get<N extends ResourceName>(name: N): ResourceServices[N];
  get(name: string): ResourceService;
  get(name: string): ResourceService {
    const s = this.services.get(name);
    if (!s) throw new Error(`Unknown resource ${name}`);
    return s;
  }

  all(): ResourceService[] {
    return [...this.services.values()];
  }
}
