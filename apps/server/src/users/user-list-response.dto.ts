import { ApiProperty } from '@nestjs/swagger';
import { UserViewDto } from './user-view.dto.js';

export class UserListResponseDto {
  @ApiProperty({ type: [UserViewDto] }) items!: UserViewDto[];
}
