import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { BoroughWards, ComplianceStatus, Minimum, NeighbourhoodCompliance, RollUp } from './neighbourhoodTypes.js';
import { Figures, Table, WarningText, numericColumn } from '../shared/govuk.js';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
export const formatNumber = (value: number): string => NUMBER.format(value);

const share = (part: number, whole: number): string => (whole === 0 ? '–' : `${NUMBER.format((100 * part) / whole)}%`);

const TAG_CLASS: Record<ComplianceStatus, string> = {
  met: 'govuk-tag--green',
  short: 'govuk-tag--red',
  'no-figures': 'govuk-tag--grey',
};

/** The words carry the meaning; the colour only repeats them. */
export function ComplianceTag({ status, text }: { status: ComplianceStatus; text: string }) {
  return <strong className={`govuk-tag ${TAG_CLASS[status]} bl-tag--small`}>{text}</strong>;
}

export function GeneratedWarning() {
  return (
    <WarningText>
      Demo data: the ward names and every figure here were generated to show how the service works. They are not the
      Met&apos;s figures. Do not quote them.
    </WarningText>
  );
}

export function minimumWords(minimum: Minimum): string {
  const dwo = `${minimum.dwo} dedicated ward officer${minimum.dwo === 1 ? '' : 's'} (DWO${minimum.dwo === 1 ? '' : 's'})`;
  const pcso = `${minimum.pcso} PCSO${minimum.pcso === 1 ? '' : 's'}`;
  return `${dwo} and ${pcso}`;
}

/** The headline numbers for an area: how many wards meet the minimum, and the posts short of it. */
export function ComplianceFigures({ total }: { total: RollUp }) {
  const figures = [
    { value: formatNumber(total.met), label: `of ${formatNumber(total.wards)} wards meet the minimum` },
    { value: share(total.met, total.wards), label: 'of wards meet it' },
    { value: formatNumber(total.shortfall.dwo), label: 'DWO posts short of the minimum' },
    { value: formatNumber(total.shortfall.pcso), label: 'PCSO posts short of the minimum' },
  ];
  return <Figures figures={figures} />;
}

interface AreaRow {
  readonly key: string;
  readonly label: ReactNode;
  readonly note?: string;
  readonly total: RollUp;
}

function AreaCells({ total }: { total: RollUp }) {
  const numeric = 'govuk-table__cell govuk-table__cell--numeric';
  return (
    <>
      <td className={numeric}>{formatNumber(total.wards)}</td>
      <td className={numeric}>
        {formatNumber(total.met)} <span className="bl-secondary">({share(total.met, total.wards)})</span>
      </td>
      <td className={numeric}>{formatNumber(total.short)}</td>
      <td className={numeric}>{formatNumber(total.noFigures)}</td>
      <td className={numeric}>{formatNumber(total.shortfall.dwo)}</td>
      <td className={numeric}>{formatNumber(total.shortfall.pcso)}</td>
    </>
  );
}

const AREA_COLUMNS = ['Wards', 'Meet the minimum', 'Short of it', 'No figures', 'DWO posts short', 'PCSO posts short'];

/** Wards meeting the minimum per area, with a total row; every count in words-and-numbers, no colour. */
export function AreaComplianceTable(props: {
  id: string;
  caption: string;
  areaHeading: string;
  rows: readonly AreaRow[];
  total?: AreaRow;
}) {
  return (
    <Table
      caption={props.caption}
      columns={[props.areaHeading, ...AREA_COLUMNS.map(numericColumn)]}
      id={props.id}
      className="bl-compliance-table"
    >
      {[...props.rows, ...(props.total === undefined ? [] : [props.total])].map((row) => (
        <tr className={`govuk-table__row${row === props.total ? ' bl-total-row' : ''}`} key={row.key}>
          <th scope="row" className="govuk-table__header">
            {row.label}
            {row.note === undefined ? null : <span className="bl-block bl-secondary govuk-body-s">{row.note}</span>}
          </th>
          <AreaCells total={row.total} />
        </tr>
      ))}
    </Table>
  );
}

export function bcuRows(data: NeighbourhoodCompliance): AreaRow[] {
  const rows: AreaRow[] = data.bcus.map((bcu) => ({
    key: bcu.code,
    label: bcu.name,
    note: bcu.boroughs.map((b) => b.name).join(', '),
    total: bcu,
  }));
  if (data.outsideBcus !== null)
    rows.push({
      key: 'outside',
      label: 'Not yet in a BCU',
      note: data.outsideBcus.boroughs.map((b) => b.name).join(', '),
      total: data.outsideBcus,
    });
  return rows;
}

export function boroughRows(data: NeighbourhoodCompliance, linkTo: (code: string) => string): AreaRow[] {
  return [...data.boroughs]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((borough) => ({
      key: borough.code,
      label: (
        <Link className="govuk-link" to={linkTo(borough.code)}>
          {borough.name}
        </Link>
      ),
      note: borough.bcu?.name ?? 'Not yet in a BCU',
      total: borough,
    }));
}

const NUMERIC_COLUMNS = new Set([3, 4, 5, 6]);
const COMPLIANCE_COLUMN = 7;
const UNBROKEN_COLUMNS = new Set([8]);

/** The deployment table exactly as the CSV download holds it, the compliance cell as a tag. */
export function WardTable({ data, wardLink }: { data: BoroughWards; wardLink: (code: string) => string }) {
  return (
    <Table
      caption={<>Wards of {data.borough.name}</>}
      columns={data.table.headers}
      id="wards"
      className="bl-ward-table"
    >
      {data.table.rows.map((cells, index) => {
        const ward = data.wards[index];
        return (
          <tr className="govuk-table__row" key={ward?.code ?? index}>
            {cells.map((cell, column) =>
              column === 1 ? (
                <th scope="row" className="govuk-table__header" key={column}>
                  {ward === undefined ? (
                    cell
                  ) : (
                    <Link className="govuk-link" to={wardLink(ward.code)}>
                      {cell}
                    </Link>
                  )}
                </th>
              ) : (
                <td
                  className={`govuk-table__cell${NUMERIC_COLUMNS.has(column) ? ' govuk-table__cell--numeric' : ''}${UNBROKEN_COLUMNS.has(column) ? ' bl-nowrap' : ''}`}
                  key={column}
                >
                  {column === COMPLIANCE_COLUMN && ward !== undefined ? (
                    <ComplianceTag status={ward.status} text={cell} />
                  ) : (
                    cell
                  )}
                </td>
              ),
            )}
          </tr>
        );
      })}
    </Table>
  );
}
