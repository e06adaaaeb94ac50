// The registry of resources: one service per entity definition.
import type { ResourceDefinition } from './definition.js';
import { ResourceService } from './service.js';
import type { ResourceName, ResourceServices } from './records.js';
import type { Services } from '../services.js';

export class ResourceRegistry {
  private readonly services = new Map<string, ResourceService>();

  /** `services` is the whole bag, not a narrow deps object: the resource's hooks (HookArgs) receive every service. */
  register(def: ResourceDefinition, services: Services): ResourceService {
    if (this.services.has(def.name)) throw new Error(`Resource ${def.name} is registered twice`);
    const service = new ResourceService(def, services);
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
