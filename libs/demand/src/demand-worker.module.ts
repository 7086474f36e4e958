import { Module } from '@nestjs/common';
import { DemandExpiryProcessor } from './demand-expiry.processor';
import { DemandExpiryService } from './demand-expiry.service';
import { DemandPolicyService } from './demand-policy.service';

/** The worker's side of demand: the `demand` queue's processor and its daily expiry schedule. */
@Module({ providers: [DemandExpiryProcessor, DemandExpiryService, DemandPolicyService] })
export class DemandWorkerModule {}
