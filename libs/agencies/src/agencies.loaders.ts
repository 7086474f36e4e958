import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, GraphQLContext, groupByKeys, loaderFor } from '@carebridge/common';
import { Agency, CooperationAgreement, Household } from '@carebridge/db';
import { LocalDate } from '@carebridge/rules';
import { AgenciesService } from './agencies.service';
import { AgreementsService } from './agreements.service';
import { HouseholdsService } from './households.service';

/**
 * The per-request DataLoaders of employers, for this module's fields and for other modules that
 * show an agency or household beside their own rows (demand, placements). They load by id without
 * scope checks: callers resolve them only under rows the user may already see.
 */
@Injectable()
export class AgenciesLoaders {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly agreements: AgreementsService,
    private readonly households: HouseholdsService,
  ) {}

  agency(ctx: GraphQLContext): DataLoader<string, Agency | null> {
    return loaderFor(ctx, 'agencies.agency', async (ids: readonly string[]) => byKeys(ids, await this.agencies.findMany(ids), (agency) => agency.id));
  }

  household(ctx: GraphQLContext): DataLoader<string, Household | null> {
    return loaderFor(ctx, 'agencies.household', async (ids: readonly string[]) =>
      byKeys(ids, await this.households.findMany(ids), (household) => household.id),
    );
  }

  agreementsOf(ctx: GraphQLContext): DataLoader<string, CooperationAgreement[]> {
    return loaderFor(ctx, 'agencies.agreementsOf', async (agencyIds: readonly string[]) =>
      groupByKeys(agencyIds, await this.agreements.agreementsOf(agencyIds), (agreement) => agreement.agencyId),
    );
  }

  /** By agency id: the agreement valid on `date`, or null. One loader (one query) per date asked. */
  validAgreementOn(ctx: GraphQLContext, date: LocalDate): DataLoader<string, CooperationAgreement | null> {
    return loaderFor(ctx, `agencies.validAgreementOn.${date}`, async (agencyIds: readonly string[]) =>
      byKeys(agencyIds, await this.agreements.validAgreementsOn(agencyIds, date), (agreement) => agreement.agencyId),
    );
  }
}
