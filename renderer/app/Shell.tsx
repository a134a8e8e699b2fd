import { AppBar, Box, Drawer, List, ListItemButton, ListItemIcon, ListItemText, Toolbar, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { UnsavedChangesProvider } from '../components/record/UnsavedChangesProvider';
import { useSetting } from '../db/settings';
import { FindBox } from '../features/search/FindBox';
import { useT } from '../i18n/locale-context';
import { FirstRunOffer } from './FirstRunOffer';
import { LanguageToggle } from './LanguageToggle';
import { sectionIcons } from './section-icons';
import { sectionIds, sectionPath } from './sections';
import { usePreparedLists } from './use-prepared-lists';

const drawerWidth = 220;

export function Shell(): ReactNode {
  const t = useT();
  usePreparedLists();
  const officeName = useSetting('officeName');
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar>
          <Typography variant="h6" component="div" noWrap>
            {t.appName}
          </Typography>
          <Typography variant="body2" component="div" noWrap sx={{ ml: 2, opacity: 0.85, flexGrow: 1 }} data-testid="office-name">
            {officeName || t.appSubtitle}
          </Typography>
          <FindBox />
          <LanguageToggle />
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: drawerWidth, flexShrink: 0, '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' } }}>
        <Toolbar />
        <List component="nav" aria-label={t.appName}>
          {sectionIds.map((id) => {
            const Icon = sectionIcons[id];
            return (
              <ListItemButton key={id} component={NavLink} to={sectionPath(id)} sx={{ '&.active': { bgcolor: 'action.selected' } }}>
                <ListItemIcon>
                  <Icon />
                </ListItemIcon>
                <ListItemText primary={t.sections[id].title} />
              </ListItemButton>
            );
          })}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3 }}>
        <Toolbar />
        <FirstRunOffer />
        <UnsavedChangesProvider>
          <Outlet />
        </UnsavedChangesProvider>
      </Box>
    </Box>
  );
}
