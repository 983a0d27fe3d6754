// What the rest of the app may use of the board: its pages.
export { BoardPage } from './BoardPage.js';
export { BoardMeetingPage } from './BoardMeetingPage.js';
export { PublishPackPage } from './PublishPackPage.js';
