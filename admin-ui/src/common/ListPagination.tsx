// The list pagination, saying 「约」 when the server could only estimate the total of a very large list.
import { Box, Typography } from '@mui/material';
import { Pagination, useListContext, useTranslate } from 'react-admin';

export const ListPagination = () => {
  const { meta, total } = useListContext();
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 2 }}>
      {meta?.totalEstimated && total !== undefined ? (
        <Typography variant="caption" color="text.secondary" data-testid="total-estimated">
          {translate('steppe.list.total_estimated', { total: total.toLocaleString('zh-CN') })}
        </Typography>
      ) : null}
      <Pagination />
    </Box>
  );
};
