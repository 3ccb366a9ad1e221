import { Link } from 'react-router-dom';
import { typeFamily } from '../format.js';

export function EntityChip({ id, name, type, count }: { id: string; name: string; type: string; count?: number }) {
  return (
    <Link to={`/entity/${encodeURIComponent(id)}`} className={`chip chip-${typeFamily(type)}`} title={type}>
      <span className="chip-name">{name}</span>
      {count !== undefined && <span className="chip-count">{count}</span>}
    </Link>
  );
}

