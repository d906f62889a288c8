"use server";

import { defineAction } from "@/lib/action/define-action";
import {
  createOrganisation,
  deleteOrganisation,
  deleteOrganisationInput,
  organisationFields,
  updateOrganisation,
  updateOrganisationInput,
} from "@/lib/organisations/services/organisations";

const revalidate = (ctx: { partnershipSlug: string }) => [`/p/${ctx.partnershipSlug}/organisations`];

export const createOrganisationAction = defineAction({
  name: "organisations.create",
  scope: "partnership",
  capability: "partnership.manage",
  input: organisationFields,
  run: createOrganisation,
  success: "Organisation added.",
  revalidate,
});

export const updateOrganisationAction = defineAction({
  name: "organisations.update",
  scope: "partnership",
  capability: "partnership.manage",
  input: updateOrganisationInput,
  run: updateOrganisation,
  success: "Organisation saved.",
  revalidate,
});

export const deleteOrganisationAction = defineAction({
  name: "organisations.delete",
  scope: "partnership",
  capability: "partnership.manage",
  input: deleteOrganisationInput,
  run: deleteOrganisation,
  success: "Organisation deleted.",
  revalidate,
});
