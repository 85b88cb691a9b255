import { Migration } from '@mikro-orm/migrations';

/** Every stored KPI gets the stable id that recordKpiResult and the innovation editor name it by. */
export class Migration20261201084000_kpi_ids extends Migration {

  override async up(): Promise<void> {
    this.addSql(`update "innovations" set "kpis" = (
      select jsonb_agg(case when kpi ? 'id' then kpi else kpi || jsonb_build_object('id', gen_random_uuid()::text) end order by position)
        from jsonb_array_elements("kpis") with ordinality as list(kpi, position)
    ) where jsonb_array_length("kpis") > 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "innovations" set "kpis" = (
      select jsonb_agg(kpi - 'id' order by position) from jsonb_array_elements("kpis") with ordinality as list(kpi, position)
    ) where jsonb_array_length("kpis") > 0;`);
  }

}
