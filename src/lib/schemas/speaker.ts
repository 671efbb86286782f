import { z } from "zod";
import { idSchema, partialDateSchema, textSchema } from "./common.ts";

/** One office a speaker held, with the organisation and the dates it ran. */
export const speakerRoleSchema = z
  .object({
    /** The title as Korean press writes it, e.g. `광주광역시장`, `국회의원`. */
    title: textSchema,
    /** The organisation the office belongs to, e.g. `광주광역시`. */
    organisation: textSchema,
    /** When the office began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    from: partialDateSchema,
    /** When it ended; absent while it runs or when unknown. */
    to: partialDateSchema.optional(),
  })
  .strict();

/** A person quoted in the archive, one entry of `content/speakers.yaml`. */
export const speakerSchema = z
  .object({
    /** Stable id used in URLs (`/speakers/<id>/`) and in articles' `speakers` lists. */
    id: idSchema,
    /** The name in Hangul, e.g. `이용섭`. */
    name: textSchema,
    /** The name in Latin letters, e.g. `Lee Yong-seop`. */
    nameLatin: textSchema.optional(),
    /** How the press names this person in running text (`이용섭 시장`, `이 시장`); used to attribute quotes. */
    aliases: z.array(textSchema).default([]),
    /** Offices held, oldest first. */
    roles: z.array(speakerRoleSchema).default([]),
    /** A sentence or two on who this is. */
    description: textSchema.optional(),
  })
  .strict();

/** A speaker as validated from `content/speakers.yaml`. */
export type Speaker = z.infer<typeof speakerSchema>;
/** One office in a speaker's `roles`. */
export type SpeakerRole = z.infer<typeof speakerRoleSchema>;
