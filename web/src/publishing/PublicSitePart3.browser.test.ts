import { describePublicSite } from '../../../test/support/publicSiteTests.js';

describePublicSite(2, 3);
