import { startReadingRoom } from '../../src/ui/boot';
import '../../src/ui/app.css';

void startReadingRoom('popup');
