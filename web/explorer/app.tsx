import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';
import './app.css';
import { EXAMPLES } from './examples';

/** The gateway that serves this page: its own origin, so no CORS and nothing from another host. */
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).href });

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={EXAMPLES}
      // The headers editor is open from the start, since most operations need a token.
      defaultEditorToolsVisibility="headers"
      // Tokens stay out of the browser's storage.
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
document.body.dataset.ready = 'true';
