import type { ReactNode } from 'react';
import { cn } from './cn';
import { EmptyState } from './states';
import { Table, TBody, TD, TH, THead, TR } from './table';

/** One column: its header and how a row fills its cell. Leave a column out (`false`) to hide it. */
export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right. */
  align?: 'right';
  className?: string;
};

/**
 * A `<Table>` described by its columns, for lists whose rows are plain cells: the header row and every body row
 * come from the same column list, so the two never drift apart. `empty` is shown instead when there are no rows.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: string;
  columns: ReadonlyArray<Column<Row> | false>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty?: { title: string; description?: ReactNode };
}) {
  if (rows.length === 0 && empty) return <EmptyState title={empty.title} description={empty.description} />;
  const shown = columns.filter((column): column is Column<Row> => column !== false);
  const align = (column: Column<Row>) => (column.align === 'right' ? 'text-right' : undefined);
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          {shown.map((column, index) => (
            <TH key={index} className={align(column)}>
              {column.header}
            </TH>
          ))}
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TR key={rowKey(row)}>
            {shown.map((column, index) => (
              <TD key={index} className={cn(align(column), column.className)}>
                {column.cell(row)}
              </TD>
            ))}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
