import { Module } from '@nestjs/common';
import { NotificationsWorkerModule } from '@carebridge/notifications';
import { AgencyRecordService } from '@carebridge/stations';
import { MatchingInputLoader } from './matching-input.loader';
import { MatchingPolicyService } from './matching-policy.service';
import { MatchingRunner } from './matching-runner.service';
import { MatchingProcessor } from './matching.processor';
import { ProposalExpiry } from './proposal-expiry.service';
import { ProposalNotifier } from './proposal-notifier.service';
import { ProposalPublisher } from './proposal-publisher.service';
import { ProposalWriter } from './proposal-writer.service';

/** The worker's side of matching: the `matching` queue's processor, the run and the proposals' jobs. */
@Module({
  imports: [NotificationsWorkerModule],
  providers: [
    MatchingProcessor,
    MatchingRunner,
    MatchingInputLoader,
    MatchingPolicyService,
    ProposalWriter,
    ProposalPublisher,
    ProposalNotifier,
    ProposalExpiry,
    AgencyRecordService,
  ],
  exports: [MatchingRunner],
})
export class MatchingWorkerModule {}
