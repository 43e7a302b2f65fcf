/**
 * The native open and save dialogs (the Tauri dialog plugin), for backup, restore, import
 * and export. Each returns the chosen path, or null when the person closed the dialog.
 */
import { open, save } from '@tauri-apps/plugin-dialog';

export async function chooseSavePath(title: string, defaultPath: string, filters: { name: string; extensions: string[] }[]): Promise<string | null> {
  return (await save({ title, defaultPath, filters })) ?? null;
}

export async function chooseOpenPath(title: string, filters: { name: string; extensions: string[] }[]): Promise<string | null> {
  const picked = await open({ title, multiple: false, directory: false, filters });
  return typeof picked === 'string' ? picked : null;
}
