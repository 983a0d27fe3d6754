import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';
import { ApiDocsPage } from './pages/ApiDocsPage.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OrganisationPage } from './pages/OrganisationPage.js';
import { HistoryPage } from './pages/HistoryPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { UsersPage } from './pages/UsersPage.js';

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/organisation" element={<OrganisationPage />} />
        <Route path="/api-docs" element={<ApiDocsPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/users" element={<UsersPage />} />
        <Route path="/history" element={<HistoryPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
