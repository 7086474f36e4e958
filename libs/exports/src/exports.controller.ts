import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { AppError, Clock } from '@carebridge/common';
import { ExportKinds } from './export-kinds';
import { parseExportFilter } from './export-filter';
import { writeXlsx } from './xlsx-stream';

/** Excel's rules for sheet names: at most 31 characters, none of : \\ / ? * [ ]. */
function sheetName(title: string): string {
  return Array.from(title.replace(/[:\\/?*[\]]/g, '')).slice(0, 31).join('');
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Downloads are REST: GET /exports/:kind with the list's filter as query parameters and the bearer
 * token as for GraphQL. The xlsx is streamed as it is read, so its size does not bound memory.
 */
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly kinds: ExportKinds,
    private readonly clock: Clock,
  ) {}

  @Get(':kind')
  async export(@Param('kind') name: string, @Query() query: Record<string, unknown>, @CurrentUser() caller: AuthUser, @Res() res: ServerResponse): Promise<void> {
    const kind = this.kinds.get(name);
    if (!kind) throw AppError.notFound('EXPORT_KIND', `没有名为“${name}”的导出，可导出：${this.kinds.names().join('、')}`);
    if (!kind.roles.includes(caller.role)) throw AppError.forbidden();
    const source = await kind.open(caller, parseExportFilter(kind.filter, query));
    const fileName = `${source.title}-${this.clock.today()}.xlsx`;
    res.statusCode = 200;
    res.setHeader('content-type', XLSX_TYPE);
    res.setHeader('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    await writeXlsx(res, sheetName(source.title), source.headers, source.rows);
    res.end();
  }
}
