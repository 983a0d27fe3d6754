// What the rest of the app may use of accounts: its pages.
export { ApiTokensPage } from './ApiTokensPage.js';
export { ChangePasswordPage } from './ChangePasswordPage.js';
export { SignInPage } from './SignInPage.js';
export { UsersPage } from './UsersPage.js';
export { UserPage } from './UserPage.js';
