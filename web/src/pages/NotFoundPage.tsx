import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <div className="page narrow">
      <h1>Not found</h1>
      <p>There is no page at this address. <Link to="/">Back to search</Link>.</p>
    </div>
  );
}
