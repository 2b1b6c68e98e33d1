import type { OrganizationModel } from "../organization/organization.model";
import type { PersonModel } from "../person/person.model";
import type { PostModel } from "../post/post.model";

/** The `Actor` union (schema/fact.graphql): who can decide, hold a mandate, take part. */
export type ActorModel = OrganizationModel | PersonModel | PostModel;
export const ACTOR_TYPES = ["Organization", "Person", "Post"] as const;

/** The `Party` union: who can be a member, a party to an agreement, a publisher. */
export type PartyModel = OrganizationModel | PersonModel;
export const PARTY_TYPES = ["Organization", "Person"] as const;

/** The `Concerning` union: what can concern something (their `concerns` reference). */
export const CONCERNING_TYPES = ["Event", "LegalCase", "Option"] as const;
