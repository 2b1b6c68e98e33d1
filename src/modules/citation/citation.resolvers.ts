import type { Resolvers } from "../../__generated__/resolvers-types";
import { seedDocumentTexts } from "../document/documentTexts";
import { quoteContext } from "./quoteContext";

export const citationResolvers: Resolvers = {
  Citation: {
    context: async (c, { chars }) => {
      const text = c.document.fileName ? await seedDocumentTexts.read(c.document.fileName) : null;
      return text === null ? null : quoteContext(text, c.quote, chars ?? 200);
    },
    verified: async (c) => {
      const text = c.document.fileName ? await seedDocumentTexts.read(c.document.fileName) : null;
      return text !== null && quoteContext(text, c.quote, 0) !== null;
    },
  },
};
