// The types of each registered resource by name, read off its definition, so that `resources.get('claims')` answers with
// claims (and takes claim bodies), not untyped rows.
import type { Static } from '@sinclair/typebox';
import type { CoreDefinition } from './definitions/index.js';
import type { ResourceDefinition } from './definition.js';
import type { ResourceService } from './service.js';

/** The name of a core resource: ResourceDefinition.name of one of core/resources/definitions/index.ts. */
export type ResourceName = CoreDefinition['name'];

/** Each core definition by its name, with its own schema types. */
type Definitions = { [D in CoreDefinition as D['name']]: D };

/** The definition named N. */
export type DefinitionOf<N extends ResourceName> = Definitions[N];

/** The record type of each core resource: the Static<> of its definition's `schema`. */
export type ResourceRecords = { [N in ResourceName]: Static<DefinitionOf<N>['schema']> };

/** The body of a POST to resource N (its definition's `create`), e.g. CreateBody<'workers'>; never for a resource without. */
export type CreateBody<N extends ResourceName> = Static<NonNullable<DefinitionOf<N>['create']>>;

/** The body of a PUT to resource N (its definition's `update`): the fields that change and the version read. */
export type UpdateBody<N extends ResourceName> = Static<NonNullable<DefinitionOf<N>['update']>>;

/** The service of each core resource, answering with its records and taking its bodies. */
export type ResourceServices = { [D in CoreDefinition as D['name']]: ServiceFor<D> };

/** A resource without `create` (or `update`) takes no body: never. */
type ServiceFor<D> = D extends ResourceDefinition<infer S, infer C, infer U>
  ? ResourceService<Static<S>, D['create'] extends undefined ? never : Static<C>, D['update'] extends undefined ? never : Static<U>>
  : never;
