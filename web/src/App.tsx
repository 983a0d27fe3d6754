import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';
import { ApiDocsPage } from './pages/ApiDocsPage.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { PublicPage } from './public/PublicPage.js';
import { OrganisationPage } from './pages/OrganisationPage.js';
import { HistoryPage } from './pages/HistoryPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { UsersPage } from './pages/UsersPage.js';
import { PlansPage } from './pages/PlansPage.js';
import { PlanPage } from './pages/PlanPage.js';
import { CoveragePage } from './pages/CoveragePage.js';
import { TrackerPage } from './pages/TrackerPage.js';
import { MilestonePage } from './pages/MilestonePage.js';
import { MyUpdatesPage } from './pages/MyUpdatesPage.js';
import { ReviewPage } from './pages/ReviewPage.js';
import { MeasuresPage } from './pages/MeasuresPage.js';
import { StopSearchPage } from './pages/StopSearchPage.js';
import { CompareForcesPage } from './pages/CompareForcesPage.js';
import { MeasurePage } from './pages/MeasurePage.js';
import { NeighbourhoodsPage } from './pages/NeighbourhoodsPage.js';
import { PrioritiesPage } from './pages/PrioritiesPage.js';
import { PriorityCategoryPage } from './pages/PriorityCategoryPage.js';
import { PriorityBoroughPage } from './pages/PriorityBoroughPage.js';
import { PriorityEvidencePage } from './pages/PriorityEvidencePage.js';
import { InspectionsPage } from './pages/InspectionsPage.js';
import { InspectionPage } from './pages/InspectionPage.js';
import { FindingsPage } from './pages/FindingsPage.js';
import { FindingPage } from './pages/FindingPage.js';
import { ReadinessPage } from './pages/ReadinessPage.js';
import { GradeComparisonPage } from './pages/GradeComparisonPage.js';
import { BoardPage } from './pages/BoardPage.js';
import { BoardMeetingPage } from './pages/BoardMeetingPage.js';
import { ReportsPage } from './pages/ReportsPage.js';

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
        <Route path="/plans" element={<PlansPage />} />
        <Route path="/plans/:planId" element={<PlanPage />} />
        <Route path="/plans/:planId/coverage" element={<CoveragePage />} />
        <Route path="/plans/:planId/milestones" element={<TrackerPage />} />
        <Route path="/plans/:planId/milestones/:ref" element={<MilestonePage />} />
        <Route path="/my-updates" element={<MyUpdatesPage />} />
        <Route path="/review" element={<ReviewPage />} />
        <Route path="/measures" element={<MeasuresPage />} />
        <Route path="/measures/:code" element={<MeasurePage />} />
        <Route path="/stop-and-search" element={<StopSearchPage />} />
        <Route path="/compare-forces" element={<CompareForcesPage />} />
        <Route path="/stop-and-search/:force" element={<StopSearchPage />} />
        <Route path="/neighbourhoods" element={<NeighbourhoodsPage />} />
        <Route path="/priorities" element={<PrioritiesPage />} />
        <Route path="/priorities/:year" element={<PrioritiesPage />} />
        <Route path="/priorities/:year/categories/:category" element={<PriorityCategoryPage />} />
        <Route path="/priorities/:year/boroughs/:borough" element={<PriorityBoroughPage />} />
        <Route path="/priorities/:year/boroughs/:borough/evidence" element={<PriorityEvidencePage />} />
        <Route path="/inspections" element={<InspectionsPage />} />
        <Route path="/inspections/:inspectionKey" element={<InspectionPage />} />
        <Route path="/inspections/:inspectionKey/findings/:ref" element={<FindingPage />} />
        <Route path="/inspections/:inspectionKey/readiness" element={<ReadinessPage />} />
        <Route path="/inspections/:inspectionKey/comparison" element={<GradeComparisonPage />} />
        <Route path="/findings" element={<FindingsPage />} />
        <Route path="/board" element={<BoardPage />} />
        <Route path="/board/meetings/:meetingId" element={<BoardMeetingPage />} />
        <Route path="/reports" element={<ReportsPage />} />
        <Route path="/public" element={<PublicPage />} />
        <Route path="/public/*" element={<PublicPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
