import type { GraphQLContext } from "../../server/context";
import { createLoaders } from "../../server/loaders";

/**
 * A write changes what the request's loaders may have cached (mutations in one
 * request run one after another, and a payload's `node` is read after its
 * write): start the request's loaders afresh.
 */
export function afterWrite(ctx: GraphQLContext): void {
  ctx.loaders = createLoaders(ctx.scope);
}
