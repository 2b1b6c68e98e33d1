/** The executable schema: SDL from schema/*.graphql and each module's resolvers. */
import fs from "node:fs";
import path from "node:path";
import type { Resolvers } from "./__generated__/resolvers-types";
import { baseResolvers } from "./modules/base/base.resolvers";
import { documentResolvers } from "./modules/document/document.resolvers";
import { nodeResolvers } from "./modules/node/node.resolvers";
import { organizationResolvers } from "./modules/organization/organization.resolvers";
import { personResolvers } from "./modules/person/person.resolvers";

const SCHEMA_DIR = path.resolve(__dirname, "..", "schema");

export function loadTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8"))
    .join("\n");
}

const MODULES: Resolvers[] = [baseResolvers, nodeResolvers, organizationResolvers, personResolvers, documentResolvers];

/** Merges module resolver maps type by type; a field defined twice is a programming error. */
export function mergeResolvers(modules: Resolvers[] = MODULES): Resolvers {
  const out: Record<string, Record<string, unknown> | unknown> = {};
  for (const mod of modules) {
    for (const [type, fields] of Object.entries(mod)) {
      if (fields && typeof fields === "object" && !(fields.constructor?.name === "GraphQLScalarType")) {
        const target = (out[type] ??= {}) as Record<string, unknown>;
        for (const [field, fn] of Object.entries(fields as Record<string, unknown>)) {
          if (field in target) throw new Error(`resolver ${type}.${field} is defined twice`);
          target[field] = fn;
        }
      } else {
        out[type] = fields;
      }
    }
  }
  return out as Resolvers;
}
