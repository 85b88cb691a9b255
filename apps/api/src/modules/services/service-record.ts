import { registerNodeShape } from '../../core/node.js';

/** A service as a hand-written SQL read gives it (`RowRecords` in core/raw-connection.ts): the entity's properties, unmanaged. */
export class ServiceRecord {
  declare readonly id: string;
}

registerNodeShape(ServiceRecord, 'Service');
