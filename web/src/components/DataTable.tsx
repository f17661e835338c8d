import type { ReactNode } from "react";

/** One column of a `DataTable`. */
export interface Column<T> {
  /** The column's heading (also the label of the cell in the stacked layout). */
  header: string;
  cell: (row: T) => ReactNode;
  /** Extra class of the cells, e.g. `data-table__actions`. */
  className?: string;
}

/**
 * A list as a table on wide screens; below 40rem each row becomes a card with the
 * column headings as labels. The first column heads its row (`<th scope="row">`).
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  /** Names the table for assistive technology (not shown). */
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.className}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column, index) =>
              index === 0 ? (
                <th key={column.header} scope="row" className={column.className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} data-label={column.header} className={column.className}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
