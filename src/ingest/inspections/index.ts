export {
  inspectionTemplate,
  readInspectionCsvFiles,
  readInspectionWorkbook,
  writeInspectionCsvFiles,
  writeInspectionWorkbook,
} from './inspectionWorkbook.js';
export {
  readInspectionTables,
  type InspectionLocation,
  type InspectionTableSources,
  type InspectionTablesResult,
} from './inspectionTables.js';
export { dueCell, dueFromCell, gradeCell, gradeFromCell } from './inspectionCells.js';
