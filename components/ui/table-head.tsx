import type { ReactNode } from "react";

/** A table's header row: one column heading per entry, each naming its column for screen readers. */
export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => <th key={i} scope="col">{column}</th>)}
      </tr>
    </thead>
  );
}
