import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.js';
import { fillFromServer } from './shared/serverState.js';
import './main.scss';

// GOV.UK Frontend styles some components differently once JavaScript is known to run.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 30_000 } } });
const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element.');

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>
);
// Public pages arrive drawn by the server with their data (src/api/publicPages.ts): take them over in place.
if (fillFromServer(queryClient) && root.firstElementChild !== null) hydrateRoot(root, app);
else createRoot(root).render(app);
