import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';
import { ApiDocsPage } from './pages/ApiDocsPage.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OrganisationPage } from './pages/OrganisationPage.js';
import { SignInPage } from './pages/SignInPage.js';

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/organisation" element={<OrganisationPage />} />
        <Route path="/api-docs" element={<ApiDocsPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
