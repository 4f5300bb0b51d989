import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/connection';
import { ChangeKind, ExportFile } from './change.enums';
import type { SyncChangeRecord, SyncCommitRecord } from './sync.entity';

@ObjectType('ChangedRecord', { description: 'A row a change touched, in the shape of its bulk export file (upsert it by `id`).' })
export class ChangedRecord {
  @Field(() => ExportFile, { description: 'The export file the row belongs to.' })
  file!: ExportFile;

  @Field(() => JSONObjectResolver, {
    description:
      'The row as it is now, under its column names, exactly as the export writes it (personal data left out for roles without the need).',
  })
  record!: Record<string, unknown>;
}

/**
 * What the feed reads for one change: its `sync_change` row and its `sync_commit` time, typed by their entity classes.
 * `xid` and `seq` come as decimal text (the query casts them): the checkpoint compares them as exact 64-bit integers.
 */
export type ChangeRow = Pick<SyncChangeRecord, 'kind' | 'recordId' | 'eventId'> &
  Pick<SyncCommitRecord, 'committedAt'> & { xid: string; seq: string };

@ObjectType('Change', { description: 'One change of the registry: an entity registered, updated or deregistered, or a licence event.' })
export class Change {
  @Field(() => ID, {
    description: 'Global id of the changed object (a RegulatedEntity or a License): fetch it with `node`/`nodes`, or read `object`.',
  })
  objectId!: string;

  @Field(() => ChangeKind, { description: 'What happened.' })
  kind!: ChangeKind;

  @Field(() => DateTimeResolver, { description: 'When the transaction that made the change committed (UTC).' })
  committedAt!: Date;

  /** Not a GraphQL field: the row behind the change. */
  row!: ChangeRow;
}

@ObjectType('ChangeEdge', { description: 'A change and the checkpoint just after it.' })
export class ChangeEdge {
  @Field({ description: 'Checkpoint just after this change (opaque): resume with `changes(after: cursor)`.' })
  cursor!: string;

  @Field(() => Change, { description: 'The change.' })
  node!: Change;
}

@ObjectType('ChangeConnection', {
  description:
    'A page of the change feed, in the order to apply it. Keep `checkpoint` and send it as `after` next time: no change is ever skipped or given twice.',
})
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'The changes of this page (at most `first`).' })
  edges!: ChangeEdge[];

  @Field(() => PageInfo, { description: '`hasNextPage`: more changes can be read right now.' })
  pageInfo!: PageInfo;

  @Field({
    description:
      'Where to resume (opaque): send it as `after`. Always set, also on an empty page; it may change on an empty page (it only ever moves forward).',
  })
  checkpoint!: string;
}
