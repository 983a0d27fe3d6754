import type { ReactElement } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { ApiTokensPage, ChangePasswordPage, SignInPage, UserPage, UsersPage } from './accounts/index.js';
import { HistoryPage } from './audit/index.js';
import { NotificationsPage } from './notifications/index.js';
import { BoardMeetingPage, BoardPage, PublishPackPage } from './board/index.js';
import { RiskFormPage, RiskPage, RisksPage } from './risks/index.js';
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
  NarrativesPage,
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
import {
  AccessibilityStatementPage,
  CookiesPage,
  PrivacyNoticePage,
  PublicNavigation,
  PublicPage,
  PublishReportPage,
  ReportsPage,
} from './publishing/index.js';
import { Layout, ServiceMenu } from './shared/Layout.js';
import { ApiDocsPage, HomePage, NotFoundPage } from './system/index.js';
import { SearchPage } from './search/index.js';

function Navigation() {
  // The public transparency site has its own sections.
  return useLocation().pathname.startsWith('/public') ? <PublicNavigation /> : <ServiceMenu />;
}

/** Every page of the app by its address; the last, "*", answers any other. */
const PAGES: readonly (readonly [string, ReactElement])[] = [
  ['/', <HomePage />],
  ['/organisation', <OrganisationPage />],
  ['/api-docs', <ApiDocsPage />],
  ['/sign-in', <SignInPage />],
  ['/account/password', <ChangePasswordPage />],
  ['/account/notifications', <NotificationsPage />],
  ['/account/tokens', <ApiTokensPage />],
  ['/users', <UsersPage />],
  ['/users/:username', <UserPage />],
  ['/history', <HistoryPage />],
  ['/plans', <PlansPage />],
  ['/plans/:planId', <PlanPage />],
  ['/plans/:planId/coverage', <CoveragePage />],
  ['/plans/:planId/aims', <PlanAimsPage />],
  ['/plans/:planId/milestones', <TrackerPage />],
  ['/plans/:planId/milestones/:ref', <MilestonePage />],
  ['/my-updates', <MyUpdatesPage />],
  ['/review', <ReviewPage />],
  ['/plans/:planId/quarters/:quarter/publish', <PublishQuarterPage />],
  ['/plans/:planId/quarters/:quarter/narratives', <NarrativesPage />],
  ['/plans/:planId/publish', <PublishPlanPage />],
  ['/measures', <MeasuresPage />],
  ['/measures/:code', <MeasurePage />],
  ['/resources', <ResourcesPage />],
  ['/stop-and-search', <StopSearchPage />],
  ['/compare-forces', <CompareForcesPage />],
  ['/stop-and-search/:force', <StopSearchPage />],
  ['/neighbourhoods', <NeighbourhoodsPage />],
  ['/neighbourhoods/wards/:ward', <WardPage />],
  ['/data-loads', <DataLoadsPage />],
  ['/priorities', <PrioritiesPage />],
  ['/priorities/:year', <PrioritiesPage />],
  ['/priorities/:year/categories/:category', <PriorityCategoryPage />],
  ['/priorities/:year/boroughs/:borough', <PriorityBoroughPage />],
  ['/priorities/:year/boroughs/:borough/evidence', <PriorityEvidencePage />],
  ['/priorities/:year/boroughs/:borough/record', <RecordPrioritiesPage />],
  ['/priorities/catalogue', <PriorityCataloguePage />],
  ['/inspections', <InspectionsPage />],
  ['/inspections/:inspectionKey', <InspectionPage />],
  ['/inspections/:inspectionKey/findings/:ref', <FindingPage />],
  ['/inspections/:inspectionKey/readiness', <ReadinessPage />],
  ['/inspections/:inspectionKey/comparison', <GradeComparisonPage />],
  ['/findings', <FindingsPage />],
  ['/findings/queue', <FindingQueuePage />],
  ['/findings/mine', <MyFindingsPage />],
  ['/search', <SearchPage />],
  ['/board', <BoardPage />],
  ['/risks', <RisksPage />],
  ['/risks/new', <RiskFormPage />],
  ['/risks/:ref', <RiskPage />],
  ['/risks/:ref/edit', <RiskFormPage />],
  ['/board/meetings/:meetingId', <BoardMeetingPage />],
  ['/board/meetings/:meetingId/publish', <PublishPackPage />],
  ['/reports', <ReportsPage />],
  ['/reports/publish/:plan/:quarter', <PublishReportPage />],
  ['/public', <PublicPage />],
  ['/public/*', <PublicPage />],
  ['/public/accessibility', <AccessibilityStatementPage />],
  ['/public/privacy', <PrivacyNoticePage />],
  ['/public/cookies', <CookiesPage />],
  ['*', <NotFoundPage />],
];

export function App() {
  return (
    <Layout navigation={<Navigation />}>
      <Routes>
        {PAGES.map(([path, element]) => (
          <Route key={path} path={path} element={element} />
        ))}
      </Routes>
    </Layout>
  );
}
