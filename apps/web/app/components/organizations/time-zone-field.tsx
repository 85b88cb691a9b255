import { defaultTimeZone, timeZoneAbbreviations, timeZones } from '@gotong/domain';
import { Field } from '~/components/field';
import { useT } from '~/lib/i18n';

/** The choice of an organisation's time zone, named as Indonesians say it (WIB, WITA, WIT) with where it applies. */
export function TimeZoneField({ defaultValue = defaultTimeZone }: { defaultValue?: string }) {
  const t = useT();
  return (
    <Field name="timeZone" label={t('organizations.timeZone')} hint={t('organizations.timeZoneHint')} defaultValue={defaultValue}>
      {(control) => (
        <select {...control}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {t(`organizations.timeZone.${timeZoneAbbreviations[zone]}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
