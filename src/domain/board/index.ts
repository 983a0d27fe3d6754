export * from './boardMeeting.js';
export * from './actionsLog.js';
export * from './boardPack.js';
export * from './boards.js';
