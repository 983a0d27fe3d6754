import { Route, Routes, useLocation } from 'react-router';
import { ChangePasswordPage, SignInPage, UserPage, UsersPage } from './accounts/index.js';
import { HistoryPage } from './audit/index.js';
import { NotificationsPage } from './notifications/index.js';
import { BoardMeetingPage, BoardPage, PublishPackPage } from './board/index.js';
import { CompareForcesPage, StopSearchPage } from './crime-data/index.js';
import { DataLoadsPage } from './data-loads/index.js';
import {
  FindingPage,
  FindingQueuePage,
  FindingsPage,
  MyFindingsPage,
  GradeComparisonPage,
  InspectionPage,
  InspectionsPage,
  ReadinessPage,
} from './inspections/index.js';
import { MeasurePage, MeasuresPage, ResourcesPage } from './measures/index.js';
import { NeighbourhoodsPage, WardPage } from './neighbourhoods/index.js';
import { OrganisationPage } from './organisation/index.js';
import {
  CoveragePage,
  MilestonePage,
  PlanAimsPage,
  MyUpdatesPage,
  PlanPage,
  PlansPage,
  ReviewPage,
  PublishQuarterPage,
  PublishPlanPage,
  TrackerPage,
} from './plans/index.js';
import {
  PrioritiesPage,
  PriorityBoroughPage,
  PriorityCataloguePage,
  PriorityCategoryPage,
  PriorityEvidencePage,
  RecordPrioritiesPage,
} from './priorities/index.js';
import { PublicNavigation, PublicPage, PublishReportPage, ReportsPage } from './publishing/index.js';
import { Layout, ServiceMenu } from './shared/Layout.js';
import { ApiDocsPage, HomePage, NotFoundPage } from './system/index.js';
import { SearchPage } from './search/index.js';

function Navigation() {
  // The public transparency site has its own sections.
  return useLocation().pathname.startsWith('/public') ? <PublicNavigation /> : <ServiceMenu />;
}

export function App() {
  return (
    <Layout navigation={<Navigation />}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/organisation" element={<OrganisationPage />} />
        <Route path="/api-docs" element={<ApiDocsPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/account/password" element={<ChangePasswordPage />} />
        <Route path="/account/notifications" element={<NotificationsPage />} />
        <Route path="/users" element={<UsersPage />} />
        <Route path="/users/:username" element={<UserPage />} />
        <Route path="/history" element={<HistoryPage />} />
        <Route path="/plans" element={<PlansPage />} />
        <Route path="/plans/:planId" element={<PlanPage />} />
        <Route path="/plans/:planId/coverage" element={<CoveragePage />} />
        <Route path="/plans/:planId/aims" element={<PlanAimsPage />} />
        <Route path="/plans/:planId/milestones" element={<TrackerPage />} />
        <Route path="/plans/:planId/milestones/:ref" element={<MilestonePage />} />
        <Route path="/my-updates" element={<MyUpdatesPage />} />
        <Route path="/review" element={<ReviewPage />} />
        <Route path="/plans/:planId/quarters/:quarter/publish" element={<PublishQuarterPage />} />
        <Route path="/plans/:planId/publish" element={<PublishPlanPage />} />
        <Route path="/measures" element={<MeasuresPage />} />
        <Route path="/measures/:code" element={<MeasurePage />} />
        <Route path="/resources" element={<ResourcesPage />} />
        <Route path="/stop-and-search" element={<StopSearchPage />} />
        <Route path="/compare-forces" element={<CompareForcesPage />} />
        <Route path="/stop-and-search/:force" element={<StopSearchPage />} />
        <Route path="/neighbourhoods" element={<NeighbourhoodsPage />} />
        <Route path="/neighbourhoods/wards/:ward" element={<WardPage />} />
        <Route path="/data-loads" element={<DataLoadsPage />} />
        <Route path="/priorities" element={<PrioritiesPage />} />
        <Route path="/priorities/:year" element={<PrioritiesPage />} />
        <Route path="/priorities/:year/categories/:category" element={<PriorityCategoryPage />} />
        <Route path="/priorities/:year/boroughs/:borough" element={<PriorityBoroughPage />} />
        <Route path="/priorities/:year/boroughs/:borough/evidence" element={<PriorityEvidencePage />} />
        <Route path="/priorities/:year/boroughs/:borough/record" element={<RecordPrioritiesPage />} />
        <Route path="/priorities/catalogue" element={<PriorityCataloguePage />} />
        <Route path="/inspections" element={<InspectionsPage />} />
        <Route path="/inspections/:inspectionKey" element={<InspectionPage />} />
        <Route path="/inspections/:inspectionKey/findings/:ref" element={<FindingPage />} />
        <Route path="/inspections/:inspectionKey/readiness" element={<ReadinessPage />} />
        <Route path="/inspections/:inspectionKey/comparison" element={<GradeComparisonPage />} />
        <Route path="/findings" element={<FindingsPage />} />
        <Route path="/findings/queue" element={<FindingQueuePage />} />
        <Route path="/findings/mine" element={<MyFindingsPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/board" element={<BoardPage />} />
        <Route path="/board/meetings/:meetingId" element={<BoardMeetingPage />} />
        <Route path="/board/meetings/:meetingId/publish" element={<PublishPackPage />} />
        <Route path="/reports" element={<ReportsPage />} />
        <Route path="/reports/publish/:plan/:quarter" element={<PublishReportPage />} />
        <Route path="/public" element={<PublicPage />} />
        <Route path="/public/*" element={<PublicPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
