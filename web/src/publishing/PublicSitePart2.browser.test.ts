import { describePublicSite } from '../../../test/support/publicSiteTests.js';

describePublicSite(1, 3);
