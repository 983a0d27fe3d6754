import { FilterSubmit, HeldFilter } from '../shared/FilterSelect.js';
import { useState, type SyntheticEvent } from 'react';
import { useBoroughList } from './measureQueries.js';
import { useBcus } from '../shared/queries.js';
import type { BoroughList, YearValue } from './measureTypes.js';
import type { BcuList } from '../shared/types.js';

interface MeasureFilterFormProps {
  area: string;
  year: string | undefined;
  years: readonly YearValue[];
  onApply: (next: { area: string; period: string | undefined }) => void;
}

function AreaOptions({ bcus, boroughs }: { bcus: BcuList | undefined; boroughs: BoroughList | undefined }) {
  return (
    <>
      <option value="London">London (the whole force area)</option>
      <optgroup label="Basic Command Units">
        {(bcus?.bcus ?? []).map((bcu) => (
          <option key={bcu.code} value={bcu.code}>
            {bcu.name}
          </option>
        ))}
      </optgroup>
      <optgroup label="Boroughs">
        {(boroughs?.boroughs ?? [])
          .filter((borough) => borough.kind === 'borough')
          .map((borough) => (
            <option key={borough.code} value={borough.code}>
              {borough.name}
            </option>
          ))}
      </optgroup>
    </>
  );
}

/** Area and financial year; applying it rewrites the URL, so every view can be shared. */
export function MeasureFilterForm({ area, year, years, onApply }: MeasureFilterFormProps) {
  const [chosenArea, setChosenArea] = useState(area);
  const [chosenYear, setChosenYear] = useState(year ?? '');
  // Read here, by the select's owner (see formParts' Select): otherwise London showed for any area.
  const bcus = useBcus(undefined).data;
  const boroughs = useBoroughList().data;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onApply({ area: chosenArea, period: chosenYear === '' ? undefined : chosenYear });
  };
  return (
    <form className="bl-filters bl-measure-form" onSubmit={submit} aria-label="Choose an area and year">
      <div className="bl-filters__row">
        <HeldFilter id="measure-area" name="area" label="Area" value={chosenArea} onChange={setChosenArea}>
          <AreaOptions bcus={bcus} boroughs={boroughs} />
        </HeldFilter>
        <HeldFilter
          id="measure-period"
          name="period"
          label="Financial year"
          value={chosenYear}
          onChange={setChosenYear}
        >
          {years.length === 0 ? <option value="">No complete years</option> : null}
          {year !== undefined && !years.some((y) => y.label === year) ? (
            <option value={year}>{year} (not a complete year in this series)</option>
          ) : null}
          {[...years].reverse().map((y) => (
            <option key={y.period} value={y.label}>
              {y.label}
            </option>
          ))}
        </HeldFilter>
        <FilterSubmit label="Show" />
      </div>
    </form>
  );
}
