import { describePublicSite } from '../../../test/support/publicSiteTests.js';

describePublicSite(0, 3);
