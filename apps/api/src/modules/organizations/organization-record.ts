import { registerNodeShape } from '../../core/node.js';

/** An organisation as a hand-written SQL read gives it (`RowRecords` in core/raw-connection.ts): the entity's properties, unmanaged. */
export class OrganizationRecord {
  declare readonly id: string;
}

registerNodeShape(OrganizationRecord, 'Organization');
